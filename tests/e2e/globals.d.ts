import type { BorderAtlasHandle } from '../../src/app/startApp.ts';

declare global {
  interface Window {
    borderAtlas?: BorderAtlasHandle;
  }
}
