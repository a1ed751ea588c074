/**
 * Uploads wait for a slot before their body is read: an evidence file is held in memory (up to the
 * route's limit), an import's is written to disk and a workbook's parts are inflated to be checked,
 * so a burst of uploads must queue rather than share the heap, the disk and the CPU. A queue longer than four times the slots is refused with 503 and
 * Retry-After: waiting that long would outlast the client's patience anyway.
 */
import { AppError, type Slots } from '@trellis/core';
import type { FastifyReply } from 'fastify';

/** How long a refused upload is told to wait before trying again. */
const RETRY_AFTER_SECONDS = 30;

export const waitForUploadSlot = async (uploads: Slots, reply: FastifyReply): Promise<void> => {
  if (uploads.queued >= uploads.limit * 4)
    throw new AppError(
      'UNAVAILABLE',
      'The server is reading as many uploads as it can; try again shortly',
      [],
      {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      },
    );
  const free = await uploads.acquire();
  // Freed when the answer is sent or the client goes away, whichever comes first — or now, if the
  // client left while it waited (its 'close' has been and gone).
  reply.raw.once('close', free);
  reply.raw.once('finish', free);
  if (reply.request.raw.socket?.destroyed === true) free();
};
