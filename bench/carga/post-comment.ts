// A public comment posted to the publication API of one instance, from a given client address.
import { commentBody } from './comment-body';
import { timedRequest, type Timed } from './timed-request';

export function postComment(
  url: string,
  district: string,
  address: string,
  token: string,
  n: number
): Promise<Timed> {
  return timedRequest(`${url}/api/distritos/${district}/comentarios`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-forwarded-for': address
    },
    body: JSON.stringify(commentBody(token, n))
  });
}
