// QR codes as SVG, made on the server with the `qrcode` package: black on white with a quiet zone,
// medium error correction, so a phone reads them off a projector or a teacher's screen.
import QRCode from 'qrcode';

export const qrSvg = (text: string): Promise<string> =>
	QRCode.toString(text, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#000000', light: '#ffffff' }
	});

/** The same as a data: address, for an img element (the page's policy allows data: images). */
export const qrDataUrl = async (text: string): Promise<string> =>
	`data:image/svg+xml;base64,${Buffer.from(await qrSvg(text)).toString('base64')}`;
