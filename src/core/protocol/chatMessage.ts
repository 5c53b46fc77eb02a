// Chat message shapes shared by prompt building and the engines.

export type ChatRole = 'system' | 'user' | 'assistant';

/** One OpenAI-style chat message. */
export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** A message of the judging prompt: the system prompt, then the user message. */
export interface JudgePromptMessage extends ChatMessage {
  role: 'system' | 'user';
}
