/** Fixed loopback ports of the e2e servers (the origin includes the port, so persistent profiles need them stable). */
export const PORTS = {
  prod: Number(process.env.E2E_PROD_PORT ?? 41731),
  scripted: Number(process.env.E2E_SCRIPTED_PORT ?? 41732),
  openai: Number(process.env.E2E_OPENAI_PORT ?? 41733),
  models: Number(process.env.E2E_MODELS_PORT ?? 41734),
} as const;

export const url = (port: number) => `http://127.0.0.1:${port}`;
