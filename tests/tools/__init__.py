"""Developer tools (translations, screenshots): kept out of the shipped package."""
