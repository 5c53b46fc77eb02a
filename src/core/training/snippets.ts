// "Use in training": ready-to-run snippets generated from the core's own prompt builder, so what a user tested in the
// playground is what they train with. Each generator is pure: same setup in, same text out.

import type { TrainingSetup } from './setup.ts';
import {
  DEFAULT_TRAINING_CONTEXT_WINDOW,
  REFERENCE_LOCAL_INPUT_LIMIT,
  REWARDANYTHING_HF_ID,
  describeSetup,
  servedModel,
  snippetBaseUrl,
} from './setup.ts';
import { pythonFloat, pythonInt, pythonStringLiteral, pythonTextExpression } from './literals.ts';
import { PYTHON_JUDGE_FUNCTIONS, pyBool, pythonImports, pythonSetupConstants, pythonSetupHeader } from './pythonCode.ts';
import { TYPESCRIPT_JUDGE_FUNCTIONS, typescriptExample, typescriptSetupConstants } from './typescriptCode.ts';

export type SnippetLanguage = 'python' | 'typescript' | 'markdown';

export interface TrainingSnippet {
  id: 'python-openai' | 'trl' | 'verl' | 'typescript-openai' | 'python-reference' | 'serving';
  title: string;
  language: SnippetLanguage;
  filename: string;
  code: string;
  /** One line: what the snippet is for. */
  description: string;
}

/** The example a snippet runs when the setup carries none. */
export const DEFAULT_EXAMPLE: { prompt: string; responses: Array<[string, string]> } = {
  prompt: 'How do I reverse a list in Python?',
  responses: [
    ['slicing', 'Use slicing: `items[::-1]` returns a reversed copy, and `items.reverse()` reverses the list in place.'],
    ['loop', 'Write a loop that pops the last element of the list and appends it to a new list until the old one is empty.'],
    ['terse', 'reversed()'],
  ],
};

function examplePairs(setup: TrainingSetup): { prompt: string; responses: Array<[string, string]> } {
  if (!setup.example) return DEFAULT_EXAMPLE;
  return { prompt: setup.example.prompt, responses: setup.example.responses.map((r) => [r.name, r.text]) };
}

function pythonExample(setup: TrainingSetup): string {
  const { prompt, responses } = examplePairs(setup);
  const pairs = responses.map(([name, text]) => `    (${pythonStringLiteral(name)}, ${pythonTextExpression(text, '    ')}),`).join('\n');
  return `EXAMPLE_PROMPT = ${pythonTextExpression(prompt)}
EXAMPLE_RESPONSES = [
${pairs}
]`;
}

const PYTHON_MAIN = `

if __name__ == "__main__":
    import sys

    if "--messages" in sys.argv[1:]:
        # Exactly what would be sent, without calling the server.
        print(json.dumps(build_messages(EXAMPLE_PROMPT, EXAMPLE_RESPONSES)[0], ensure_ascii=False, indent=2))
    else:
        result = judge(EXAMPLE_PROMPT, EXAMPLE_RESPONSES)
        print(result["raw"])
        print("scores:", result["scores"], "ranking:", result["ranking"], "finish:", result["finish_reason"])
`;

/** Python over any OpenAI-compatible server: builds the same two messages as the playground and parses alike. */
export function pythonOpenAISnippet(setup: TrainingSetup): TrainingSnippet {
  const code = `#!/usr/bin/env python3
${pythonSetupHeader('RewardAnything judge over an OpenAI-compatible server (vLLM, Ollama, llama.cpp server).', setup, [
  'build_messages() builds the user message byte-for-byte as the playground does; parse_output() parses like it.',
  '',
  'pip install openai   (nothing else)',
  `python ${'rewardanything_judge.py'}             judges the example at the bottom`,
  `python ${'rewardanything_judge.py'} --messages  prints the exact messages, without calling the server`,
  'In your own code: reward(prompt, [text, ...], index) -> float in [0, 1].',
])}

${pythonImports(false)}

${pythonSetupConstants(setup)}
${PYTHON_JUDGE_FUNCTIONS}

${pythonExample(setup)}
${PYTHON_MAIN}`;
  return {
    id: 'python-openai',
    title: 'Python · OpenAI-compatible',
    language: 'python',
    filename: 'rewardanything_judge.py',
    code,
    description: 'Judge and reward(prompt, responses, index) against vLLM, Ollama or llama.cpp server; needs only the openai package.',
  };
}

/** Shared by TRL and veRL: text extraction and one listwise judge call per prompt group, run in parallel. */
const PYTHON_GROUP_FUNCTIONS = String.raw`

# ---- Grouping: one judge call per prompt (all of its sampled completions judged together) --------------------------
STRIP_POLICY_THINKING = True  # judge the policy's answer, not its <think> block
MAX_RESPONSES_PER_CALL = 16  # bigger groups are split (the prompt + all responses + reasoning must fit the context)
MAX_PARALLEL_CALLS = 8  # concurrent judge calls; vLLM batches them

logger = logging.getLogger("rewardanything")


def _content(content):
    # A message content: a string, or a list of parts such as {"type": "text", "text": ...}.
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return "" if content is None else str(content)


def prompt_text(prompt):
    """The prompt as the judge sees it. Standard format: the string. Conversational format: the one user turn's text,
    or the whole exchange as "role: text" blocks. System messages of the policy are left out."""
    if isinstance(prompt, str):
        return prompt
    turns = [m for m in prompt if m.get("role") != "system"]
    if len(turns) == 1:
        return _content(turns[0].get("content"))
    return "\n\n".join("%s: %s" % (m.get("role"), _content(m.get("content"))) for m in turns)


def completion_text(completion):
    """A completion as text: a string (standard format) or a list of messages (conversational format)."""
    text = completion if isinstance(completion, str) else "".join(_content(m.get("content")) for m in completion)
    if STRIP_POLICY_THINKING:
        text = re.sub(r"<think>.*?</think>", "", text, flags=re.DOTALL).strip()
    return text


def reward_groups(prompts, texts, principles=None):
    """rewards[i] for texts[i]: texts with the same prompt (and principle) are judged together, one call per group."""
    principles = principles if principles is not None else [None] * len(texts)
    groups = {}
    for i, (prompt, principle) in enumerate(zip(prompts, principles)):
        principle = principle if isinstance(principle, str) and principle.strip() else PRINCIPLE
        groups.setdefault((prompt, principle), []).append(i)
    jobs = []
    for (prompt, principle), indices in groups.items():
        for start in range(0, len(indices), MAX_RESPONSES_PER_CALL):
            jobs.append((prompt, principle, indices[start:start + MAX_RESPONSES_PER_CALL]))

    def run(job):
        prompt, principle, indices = job
        try:
            return indices, reward_all(prompt, [texts[i] for i in indices], principle)
        except Exception as error:  # a failed call must not stop a long run: the whole group gets MISSING_REWARD
            logger.warning("RewardAnything judge call failed (%d responses): %s", len(indices), error)
            return indices, [MISSING_REWARD] * len(indices)

    rewards = [MISSING_REWARD] * len(texts)
    with ThreadPoolExecutor(max_workers=MAX_PARALLEL_CALLS) as pool:
        for indices, values in pool.map(run, jobs):
            for i, value in zip(indices, values):
                rewards[i] = value
    return rewards
`;

/** TRL GRPOTrainer reward function: groups completions by prompt and judges each group listwise. */
export function trlRewardSnippet(setup: TrainingSetup): TrainingSnippet {
  const code = `${pythonSetupHeader('RewardAnything as a TRL GRPOTrainer reward function.', setup, [
    'Signature (TRL docs, "Using a custom reward function"): f(prompts, completions, **kwargs) -> list[float], one',
    'reward per completion. Standard datasets pass strings; conversational datasets pass lists of {"role", "content"}.',
    'GRPO samples num_generations completions per prompt: those are judged together, one judge call per prompt.',
    'With several GPUs TRL spreads a prompt\'s completions over the processes, so each call sees the local ones.',
    'A dataset column named "principle" (optional) overrides PRINCIPLE per row.',
    '',
    'pip install trl openai      and serve the judge (vLLM) on its own GPU, see docs/training.md',
    '',
    '    from trl import GRPOConfig, GRPOTrainer',
    '    from rewardanything_trl import rewardanything_reward',
    '    trainer = GRPOTrainer(model="Qwen/Qwen3-0.6B", reward_funcs=rewardanything_reward,',
    '                          args=GRPOConfig(output_dir="out", num_generations=8), train_dataset=dataset)',
    '    trainer.train()',
  ])}

${pythonImports(true)}

${pythonSetupConstants(setup)}
${PYTHON_JUDGE_FUNCTIONS}${PYTHON_GROUP_FUNCTIONS}

def rewardanything_reward(prompts, completions, **kwargs):
    """TRL reward function: one float in [0, 1] per completion (see normalise())."""
    return reward_groups(
        [prompt_text(p) for p in prompts],
        [completion_text(c) for c in completions],
        kwargs.get("principle"),
    )


${pythonExample(setup)}


if __name__ == "__main__":
    import sys

    if "--messages" in sys.argv[1:]:
        print(json.dumps(build_messages(EXAMPLE_PROMPT, EXAMPLE_RESPONSES)[0], ensure_ascii=False, indent=2))
    else:
        # A dry run of the hook as TRL calls it (conversational format), against the judge server.
        conversation = [{"role": "user", "content": EXAMPLE_PROMPT}]
        completions = [[{"role": "assistant", "content": text}] for _, text in EXAMPLE_RESPONSES]
        print(rewardanything_reward([conversation] * len(completions), completions))
`;
  return {
    id: 'trl',
    title: 'TRL (GRPO)',
    language: 'python',
    filename: 'rewardanything_trl.py',
    code,
    description: 'reward_funcs hook for TRL’s GRPOTrainer: judges each prompt’s completions together, one call per prompt.',
  };
}

/** veRL custom reward: per-sample compute_score (naive manager) and a grouped batch variant (batch manager). */
export function verlRewardSnippet(setup: TrainingSetup): TrainingSnippet {
  const code = `${pythonSetupHeader('RewardAnything as a veRL custom reward function.', setup, [
    'Signature (veRL docs, "Implement Reward Function for Dataset"):',
    '    compute_score(data_source, solution_str, ground_truth, extra_info=None) -> float',
    'veRL does not pass the prompt text to it: put the prompt in extra_info["prompt"] when you build the parquet',
    '(and optionally extra_info["principle"] to override PRINCIPLE per row). ground_truth is unused (store "").',
    '',
    'Per sample (default "naive" reward manager; each response is judged alone, with nothing to compare it to):',
    '    custom_reward_function.path=/abs/path/rewardanything_verl.py custom_reward_function.name=compute_score',
    'Grouped, recommended (the rollout.n responses of a prompt judged together, one call per prompt, in parallel):',
    '    reward_model.reward_manager=batch',
    '    custom_reward_function.path=/abs/path/rewardanything_verl.py custom_reward_function.name=compute_score_batch',
    'Check the key names against your veRL version\'s ppo_trainer.yaml: newer releases group them under "reward.".',
    '',
    'pip install openai      and serve the judge (vLLM) on GPUs the trainer does not use, see docs/training.md',
  ])}

${pythonImports(true)}

${pythonSetupConstants(setup)}
${PYTHON_JUDGE_FUNCTIONS}${PYTHON_GROUP_FUNCTIONS}
PROMPT_KEYS = ("prompt", "question", "query")  # where to look for the prompt text in extra_info


def _prompt_of(extra_info):
    info = extra_info if isinstance(extra_info, dict) else {}
    for key in PROMPT_KEYS:
        value = info.get(key)
        if isinstance(value, str) and value.strip():
            return value
        if hasattr(value, "tolist"):  # lists read back from parquet arrive as numpy arrays
            value = value.tolist()
        if isinstance(value, (list, tuple)) and value:
            return prompt_text(list(value))
    raise ValueError(
        "RewardAnything needs the prompt text: store it in extra_info['prompt'] in your veRL parquet "
        "(found keys: %s)" % sorted(info)
    )


def _principle_of(extra_info):
    value = extra_info.get("principle") if isinstance(extra_info, dict) else None
    return value if isinstance(value, str) and value.strip() else PRINCIPLE


def compute_score(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    """veRL custom reward (naive reward manager): this one response, judged alone. A float in [0, 1]."""
    return reward_all(_prompt_of(extra_info), [completion_text(solution_str)], _principle_of(extra_info))[0]


def compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos, **kwargs):
    """veRL custom reward for reward_model.reward_manager=batch: responses to the same prompt judged together."""
    extra_infos = list(extra_infos) if extra_infos is not None else [None] * len(solution_strs)
    return reward_groups(
        [_prompt_of(info) for info in extra_infos],
        [completion_text(text) for text in solution_strs],
        [_principle_of(info) for info in extra_infos],
    )


${pythonExample(setup)}


if __name__ == "__main__":
    import sys

    if "--messages" in sys.argv[1:]:
        print(json.dumps(build_messages(EXAMPLE_PROMPT, EXAMPLE_RESPONSES)[0], ensure_ascii=False, indent=2))
    else:
        # A dry run of the batch hook as veRL calls it, against the judge server.
        texts = [text for _, text in EXAMPLE_RESPONSES]
        infos = [{"prompt": EXAMPLE_PROMPT}] * len(texts)
        print(compute_score_batch(["rewardanything"] * len(texts), texts, [""] * len(texts), infos))
`;
  return {
    id: 'verl',
    title: 'veRL',
    language: 'python',
    filename: 'rewardanything_verl.py',
    code,
    description: 'custom_reward_function for veRL: compute_score per sample, or compute_score_batch grouped by prompt.',
  };
}

/** TypeScript (fetch, no dependencies) with a Python-compatible message builder and the same parser. */
export function typescriptOpenAISnippet(setup: TrainingSetup): TrainingSnippet {
  const header = pythonSetupHeader('RewardAnything judge over an OpenAI-compatible server (vLLM, Ollama, llama.cpp server).', setup, [
    'buildMessages() builds the user message byte-for-byte as the playground does (CPython\'s seeded shuffle and',
    'Python-style JSON are ported below); parseOutput() parses like it.',
    '',
    'Node 18+, Deno or Bun (global fetch); no dependencies.',
    'npx tsx rewardanything-judge.ts              judges the example at the bottom',
    'npx tsx rewardanything-judge.ts --messages   prints the exact messages, without calling the server',
    'In your own code: await reward(prompt, [text, ...], index) -> number in [0, 1].',
  ]).replace(/^#/gm, '//');
  const { prompt, responses } = examplePairs(setup);
  const code = `${header}

${typescriptSetupConstants(setup)}
${TYPESCRIPT_JUDGE_FUNCTIONS}
${typescriptExample(prompt, responses)}`;
  return {
    id: 'typescript-openai',
    title: 'TypeScript · OpenAI-compatible',
    language: 'typescript',
    filename: 'rewardanything-judge.ts',
    code,
    description: 'The same judge and reward(prompt, responses, index) in TypeScript with fetch; no dependencies.',
  };
}

/** Python with the reference package: local (transformers) and client/server use. */
export function pythonReferenceSnippet(setup: TrainingSetup): TrainingSnippet {
  const s = setup.sampling;
  const served = servedModel(setup.modelId);
  const hfId = served.isHuggingFaceId ? served.name : REWARDANYTHING_HF_ID;
  const localGeneration =
    s.temperature === 0
      ? `{"max_new_tokens": ${pythonInt(s.max_tokens)}, "do_sample": False}  # temperature 0 = greedy`
      : `{"max_new_tokens": ${pythonInt(s.max_tokens)}, "do_sample": True, "temperature": ${pythonFloat(s.temperature)}, "top_p": ${pythonFloat(s.top_p)}}`;
  const serverConfig = JSON.stringify(
    {
      api_key: ['EMPTY'],
      api_model: served.name,
      api_base: [snippetBaseUrl(setup.baseUrl)],
      api_timeout: 600.0,
      generation_config: {
        temperature: s.temperature,
        top_p: s.top_p,
        max_tokens: s.max_tokens,
        extra_body: { chat_template_kwargs: { enable_thinking: s.enable_thinking } },
      },
      num_workers: 8,
      request_limit: 500,
      request_limit_period: 60,
    },
    null,
    2,
  );
  const modelNote =
    hfId !== served.name ? [`from_pretrained() loads ${hfId}: "${served.name}" is not a Hugging Face id.`] : [];
  const code = `${pythonSetupHeader('RewardAnything with the reference package (pip install rewardanything).', setup, [
    ...modelNote,
    'The package builds the same two messages as the playground (rewardanything.processing.prepare_chat_messages);',
    'where it differs from the playground is marked WARNING below.',
    '',
    'Local:          pip install rewardanything torch transformers   (a GPU with ~17 GB for bf16)',
    'Client/server:  pip install rewardanything   and run the two servers described above connect()',
    'python rewardanything_reference.py           judges the example (REWARDANYTHING_URL set: through the server)',
  ], 'The principle below is byte-identical to the playground\'s; the package embeds the same system prompt.')}

import os

import rewardanything

MODEL = ${pythonStringLiteral(hfId)}
MASK_RESPONSES = ${pyBool(setup.mask)}
MISSING_REWARD = 0.0  # reward for a response the judge gave no usable score

PRINCIPLE = ${pythonTextExpression(setup.principle)}

# ---- Local inference (transformers) ----------------------------------------------------------------------------
# WARNING: local mode tokenizes with truncation=True, max_length=${REFERENCE_LOCAL_INPUT_LIMIT}. A chat-formatted input longer than
# ${REFERENCE_LOCAL_INPUT_LIMIT} tokens is cut silently: its end (later responses, then the assistant turn marker) never reaches the
# model, which then judges something else. The playground refuses instead; check fits_locally() first.
# WARNING: local mode cannot turn thinking off (the chat template's default, thinking on, is always used)${s.enable_thinking ? '' : ', so your\n# setting "thinking off" is NOT reproduced here'}.
# The reference's own local default is temperature 0.1, top_p 0.9 (sampled); this passes your setting instead.
LOCAL_GENERATION = ${localGeneration}


def load_local(device="cuda"):
    return rewardanything.from_pretrained(MODEL, device=device, torch_dtype="auto", generation_config=LOCAL_GENERATION)


def fits_locally(judge, prompt, responses):
    """True when the judging input fits the ${REFERENCE_LOCAL_INPUT_LIMIT}-token limit of local mode (responses: {name: text})."""
    from rewardanything.processing import prepare_chat_messages

    messages, _ = prepare_chat_messages(PRINCIPLE, prompt, responses, MASK_RESPONSES)
    encoded = judge.tokenizer.apply_chat_template(messages, tokenize=True, add_generation_prompt=True)
    return _token_count(encoded) <= ${REFERENCE_LOCAL_INPUT_LIMIT}


def _token_count(encoded):
    """Tokens in what apply_chat_template(tokenize=True) returned: a list of ids (transformers 4) or a
    BatchEncoding with "input_ids" (transformers 5, whose len() is its number of keys), possibly batched."""
    ids = encoded["input_ids"] if hasattr(encoded, "keys") and "input_ids" in encoded else encoded
    shape = getattr(ids, "shape", None)
    if shape is not None:
        return int(shape[-1])
    if len(ids) > 0 and not isinstance(ids[0], int):
        ids = ids[0]
    return len(ids)


# ---- Client/server ---------------------------------------------------------------------------------------------
# 1. Serve the model:      vllm serve ${served.name} --max-model-len ${Math.max(setup.contextWindow, DEFAULT_TRAINING_CONTEXT_WINDOW)} --generation-config vllm
# 2. Save as config.json (sampling as you tested it; "EMPTY" suits a vLLM started without --api-key: keep real keys
#    out of code and out of version control):
${serverConfig
  .split('\n')
  .map((line) => `#    ${line}`)
  .join('\n')}
# 3. Start the RewardAnything server:   rewardanything serve -c config.json --port 8001
# WARNING: the server reads only message.content, so start vLLM without --reasoning-parser or the reasoning is lost
# (the scores still parse). Its batch endpoint returns results in completion order, not request order: prefer judge().
def connect():
    return rewardanything.Client(
        os.environ.get("REWARDANYTHING_URL", "http://localhost:8001"),
        api_key=os.environ.get("REWARDANYTHING_API_KEY"),  # only if you put an auth proxy in front; never hard-code it
        timeout=600.0,
    )


def _number(value):
    try:
        return float(value)  # the reference keeps scores as the model wrote them ("4" stays a string)
    except (TypeError, ValueError):
        return None


def reward(judge, prompt, responses, index, principle=PRINCIPLE):
    """The reward in [0, 1] of responses[index] when all the response texts are judged together: (score - 1) / 4."""
    names = ["response-%d" % (i + 1) for i in range(len(responses))]
    result = judge.judge(
        principle=principle, prompt=prompt, responses=dict(zip(names, responses)), mask_responses=MASK_RESPONSES
    )
    score = _number(result.scores.get(names[index]))
    return MISSING_REWARD if score is None else min(1.0, max(0.0, (score - 1.0) / 4.0))


${pythonExample(setup)}


if __name__ == "__main__":
    judge = connect() if os.environ.get("REWARDANYTHING_URL") else load_local()
    responses = dict(EXAMPLE_RESPONSES)
    if not os.environ.get("REWARDANYTHING_URL") and not fits_locally(judge, EXAMPLE_PROMPT, responses):
        raise SystemExit("The input is longer than ${REFERENCE_LOCAL_INPUT_LIMIT} tokens: local mode would truncate it. Use the server.")
    result = judge.judge(principle=PRINCIPLE, prompt=EXAMPLE_PROMPT, responses=responses, mask_responses=MASK_RESPONSES)
    print(result.reasoning)
    print("scores:", result.scores, "ranking:", result.ranking)
    print("reward of the first response:", reward(judge, EXAMPLE_PROMPT, [t for _, t in EXAMPLE_RESPONSES], 0))
`;
  return {
    id: 'python-reference',
    title: 'Python · rewardanything',
    language: 'python',
    filename: 'rewardanything_reference.py',
    code,
    description: 'The reference package, locally (transformers) or through its server; warns where it differs from the playground.',
  };
}

/** Markdown: the recorded setup, how to serve the model, and the exact request the playground sends. */
export function servingSnippet(setup: TrainingSetup): TrainingSnippet {
  const s = setup.sampling;
  const served = servedModel(setup.modelId);
  const ctx = Math.max(setup.contextWindow, DEFAULT_TRAINING_CONTEXT_WINDOW);
  const rows = describeSetup(setup)
    .map(([k, v]) => `| ${k} | ${v.replaceAll('|', '\\|')} |`)
    .join('\n');
  const body = JSON.stringify(
    {
      model: served.name,
      messages: [
        { role: 'system', content: '<SYSTEM_PROMPT>' },
        { role: 'user', content: '<json.dumps({"principle": …, "prompt": …, "responses": {…}}, ensure_ascii=False)>' },
      ],
      temperature: s.temperature,
      top_p: s.top_p,
      max_tokens: s.max_tokens,
      chat_template_kwargs: { enable_thinking: s.enable_thinking },
    },
    null,
    2,
  );
  const fence = '```';
  const code = `# RewardAnything judging setup

Generated by the RewardAnything playground. The setup you tested:

| setting | value |
| --- | --- |
${rows}
${served.note ? `\nNote: ${served.note}.\n` : ''}
## Serve the model

vLLM (the authors' setup; use GPUs the trainer does not use). \`--generation-config vllm\` stops vLLM from adding the
model's own sampling defaults (Qwen3's top_k 20, for example) to what the snippets send:

${fence}bash
vllm serve ${served.name} --max-model-len ${ctx} --generation-config vllm --port 8000
${fence}

Ollama: set the context with \`PARAMETER num_ctx ${ctx}\` in the Modelfile and turn off any repeat penalty
(\`PARAMETER repeat_penalty 1\`); its OpenAI endpoint ignores \`chat_template_kwargs\`, so thinking stays at the
template's default (on for Qwen3). llama.cpp: \`llama-server -m <gguf> -c ${ctx} -np 1 --jinja\`. Details for each
server: docs/serving.md.

Set \`REWARDANYTHING_BASE_URL\` (default \`${snippetBaseUrl(setup.baseUrl)}\`) and, only if the server needs one,
\`OPENAI_API_KEY\`. No snippet contains a key.

## The request the OpenAI-compatible snippets send

${fence}json
${body}
${fence}

\`<SYSTEM_PROMPT>\` is RewardAnything's fixed system prompt; the user message is Python's \`json.dumps\` with
\`ensure_ascii=False\`, names ${setup.mask ? 'masked as model-1…model-N in the order of `random.seed(42); random.shuffle`' : 'as given (masking off)'}.
Run any of the Python or TypeScript snippets with \`--messages\` to print the exact messages.

## Wiring

- TRL: \`GRPOTrainer(reward_funcs=rewardanything_reward, …)\` from \`rewardanything_trl.py\`.
- veRL: \`custom_reward_function.path=…/rewardanything_verl.py\`, \`custom_reward_function.name=compute_score_batch\`
  with \`reward_model.reward_manager=batch\` (or \`compute_score\` per sample).

Rewards are \`(score - 1) / 4\` in [0, 1]; a response without a usable score gets 0. See docs/training.md for the
caveats: temperature, thinking, the fixed masking order, context length, cost and reward hacking.
`;
  return {
    id: 'serving',
    title: 'Setup & serving',
    language: 'markdown',
    filename: 'rewardanything-setup.md',
    code,
    description: 'The recorded setup, how to serve the model for training, and the exact request the snippets send.',
  };
}

/** Every snippet for a setup, in the order the dialog shows them. */
export function trainingSnippets(setup: TrainingSetup): TrainingSnippet[] {
  return [
    pythonOpenAISnippet(setup),
    trlRewardSnippet(setup),
    verlRewardSnippet(setup),
    typescriptOpenAISnippet(setup),
    pythonReferenceSnippet(setup),
    servingSnippet(setup),
  ];
}
