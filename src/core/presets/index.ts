export { PRINCIPLE_PRESETS, PRINCIPLE_WRITING_TIPS, DEFAULT_PRESET_ID } from './presets.ts';
export type { PrincipleSeed } from './presets.ts';
