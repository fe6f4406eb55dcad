/**
 * Sending requests to the background. Transport failures become `Result`
 * errors: a service worker that was asleep or restarting gets one retry; an
 * invalidated extension context (the extension was reloaded or updated under
 * an open page) is reported as `unavailable` without throwing.
 */
import { browser } from 'wxt/browser';
import { fail, type Request, type ResponseMap, type Result } from '../messages';

export function isContextInvalidated(err: unknown): boolean {
  return String((err as Error)?.message ?? err).includes('Extension context invalidated');
}

function isNoReceiver(err: unknown): boolean {
  const message = String((err as Error)?.message ?? err);
  return message.includes('Receiving end does not exist') || message.includes('message port closed');
}

export async function request<T extends Request>(req: T): Promise<Result<ResponseMap[T['type']]>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      if (!browser?.runtime?.id) return fail('unavailable', 'the extension was reloaded or removed');
      const answer = (await browser.runtime.sendMessage(req)) as Result<ResponseMap[T['type']]> | undefined;
      if (answer && typeof answer === 'object' && 'ok' in answer) return answer;
      if (attempt === 0) continue;
      return fail('unavailable', 'the background did not answer');
    } catch (err) {
      if (isContextInvalidated(err)) return fail('unavailable', 'the extension was reloaded or removed');
      if (attempt === 0 && isNoReceiver(err)) continue;
      return fail('unavailable', String((err as Error)?.message ?? err));
    }
  }
  return fail('unavailable', 'the background did not answer');
}
