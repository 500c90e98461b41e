// Component-test setup: jest-dom matchers (kept under src/ so svelte-check sees their types).
import '@testing-library/jest-dom/vitest';
