import { describe, expect, it } from 'vitest';
import { serverKind } from './serverKind.ts';

describe('serverKind', () => {
  it('says where a server runs without naming it', () => {
    expect(serverKind('http://127.0.0.1:8000/v1')).toBe('OpenAI-compatible server on this machine');
    expect(serverKind('http://localhost:11434/v1')).toBe('OpenAI-compatible server on this machine');
    expect(serverKind('http://[::1]:8000/v1')).toBe('OpenAI-compatible server on this machine');
    expect(serverKind('http://192.168.1.20:8000/v1')).toBe('OpenAI-compatible server on the local network');
    expect(serverKind('http://172.20.0.3/v1')).toBe('OpenAI-compatible server on the local network');
    expect(serverKind('http://gpu-box:8000/v1')).toBe('OpenAI-compatible server on the local network');
    expect(serverKind('http://gpu.lan/v1')).toBe('OpenAI-compatible server on the local network');
    expect(serverKind('https://api.example.com/v1')).toBe('OpenAI-compatible server (remote)');
    expect(serverKind('http://172.32.0.1/v1')).toBe('OpenAI-compatible server (remote)');
  });

  it('never returns any part of the URL, even an unparsable one', () => {
    expect(serverKind('not a url secret-host')).toBe('OpenAI-compatible server');
    expect(serverKind('https://secret.example.com:9999/v1')).not.toMatch(/secret|9999/);
  });
});
