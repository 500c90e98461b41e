// Types SvelteKit shares between server and client.
import type { Teacher } from '$lib/server/teachers';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The signed-in teacher, from the session cookie. */
			teacher?: Teacher;
		}
	}
}

export {};
