declare module 'virtual:embed-loader' {
	/** The built, minified loader script (see src/lib/embed/build.ts). */
	const code: string;
	export default code;
}
