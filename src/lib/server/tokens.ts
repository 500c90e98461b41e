// Secrets handed to a browser once (a teacher's session id, a student's resume token) and the
// SHA-256 the database keeps instead, so a copy of the database lets no one in.
import { createHash, randomBytes } from 'node:crypto';

/** `bytes` random bytes as URL-safe text. */
export const newToken = (bytes: number) => randomBytes(bytes).toString('base64url');

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
