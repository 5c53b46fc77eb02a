// "Use in training": snippets that reproduce a judgment setup outside the playground (Python with the reference
// package, any OpenAI-compatible server in Python and TypeScript, TRL and veRL reward hooks), generated from the
// core's own prompt builder. Build a setup from a judgment record as
//   { principle: r.input.principle, mask: r.mask, sampling: r.sampling, modelId: r.engine.modelId,
//     contextWindow: r.engine.contextWindow, baseUrl: r.engine.baseUrl,
//     example: { prompt: r.input.prompt, responses: r.input.responses } }
// or from a saved principle with `trainingSetup(text, { …current settings })`. A setup never holds an API key.

export type { ServedModel, TrainingExample, TrainingSampling, TrainingSetup } from './setup.ts';
export {
  DEFAULT_SNIPPET_BASE_URL,
  DEFAULT_TRAINING_CONTEXT_WINDOW,
  DEFAULT_TRAINING_SAMPLING,
  REFERENCE_LOCAL_INPUT_LIMIT,
  REWARDANYTHING_HF_ID,
  describeSetup,
  servedModel,
  snippetBaseUrl,
  trainingCaveats,
  trainingSetup,
} from './setup.ts';
export type { SnippetLanguage, TrainingSnippet } from './snippets.ts';
export {
  DEFAULT_EXAMPLE,
  pythonOpenAISnippet,
  pythonReferenceSnippet,
  servingSnippet,
  trainingSnippets,
  trlRewardSnippet,
  typescriptOpenAISnippet,
  verlRewardSnippet,
} from './snippets.ts';
export {
  pythonFloat,
  pythonInt,
  pythonStringLiteral,
  pythonTextExpression,
  splitAfterNewlines,
  typescriptStringLiteral,
  typescriptTextExpression,
} from './literals.ts';
export { EXAMPLE_MARKER } from './typescriptCode.ts';
export { unencodableText } from './unencodable.ts';
