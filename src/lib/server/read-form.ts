// Reads a posted form for an action. A body that is not a form (JSON, garbage, cut off or over the
// size limit) gives undefined, so the action answers 400 with a message instead of a 500.
export async function readForm(request: Request): Promise<FormData | undefined> {
	try {
		return await request.formData();
	} catch {
		return undefined;
	}
}
