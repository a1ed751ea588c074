/** Uploads an evidence file for a person of the demo org, as the web app's form sends it. */
import type { Client, Response } from './test-server.ts';

export const uploadEvidence = (
  client: Client,
  person: string,
  file: { name: string; type: string; bytes: Buffer },
): Promise<Response> => {
  const b = 'trellis-evidence-upload';
  const body = Buffer.concat([
    Buffer.from(`--${b}\r\ncontent-disposition: form-data; name="person"\r\n\r\n${person}\r\n`),
    Buffer.from(
      `--${b}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: ${file.type}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return client.request('POST', '/api/v1/orgs/demo/evidence-files', body, {
    'content-type': `multipart/form-data; boundary=${b}`,
  });
};
