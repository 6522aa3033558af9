/** Where the Chromium for the e2e tests lives, or undefined for Playwright's own. */
export declare function chromiumPath(): string | undefined;
