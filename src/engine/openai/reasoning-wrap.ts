/**
 * Servers that run a reasoning parser (vLLM --reasoning-parser qwen3, some Ollama versions) strip the `<think>` tags
 * and send the reasoning in a separate field. This puts the tags back, so the text we keep is the model's native
 * output: `<think>` + reasoning + `</think>` + content. The parsers keep the newlines around the reasoning, so for
 * Qwen3 the result is byte-identical to the unparsed output. A stream that ends inside the reasoning gets no closing
 * tag, as the native output would not have one either.
 */
export class ReasoningWrap {
  private state: 'none' | 'reasoning' | 'content' = 'none';

  reasoning(text: string): string {
    if (this.state === 'reasoning') return text;
    if (this.state === 'none') {
      this.state = 'reasoning';
      return `<think>${text}`;
    }
    return text; // reasoning after content: keep it, but do not open a second block
  }

  content(text: string): string {
    if (this.state === 'reasoning') {
      this.state = 'content';
      return `</think>${text}`;
    }
    this.state = 'content';
    return text;
  }
}
