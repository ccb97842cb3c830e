import { afterAll } from 'vitest';

// Preact runs effects after the next frame (a rAF raced by a 100 ms timeout). Let the last of them
// fire while jsdom still exists, instead of after teardown, where `requestAnimationFrame` is gone.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));
