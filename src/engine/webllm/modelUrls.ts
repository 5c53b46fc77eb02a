/** WebLLM's folder convention: a Hugging Face repo URL gains resolve/main/ (as WebLLM's cleanModelUrl does). */
export function resolveModelBase(model: string): string {
  let u = model.endsWith('/') ? model : `${model}/`;
  if (!/.+\/resolve\/.+\//.test(u)) u += 'resolve/main/';
  return u;
}
