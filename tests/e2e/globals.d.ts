import type { BorderAtlasHandle } from '../../src/app/BorderAtlasHandle.ts';

declare global {
  interface Window {
    borderAtlas?: BorderAtlasHandle;
  }
}
