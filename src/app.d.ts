// Types SvelteKit shares between server and client.
declare global {
	namespace App {
		interface Error {
			message: string;
		}
	}
}

export {};
