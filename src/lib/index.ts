// The script embed: `npm run build:lib` makes dist-lib/border-atlas.js from this.
// <link rel="stylesheet" href="…/border-atlas.css"> and <script type="module" src="…/border-atlas.js">.
import './element.css';
import { BorderAtlasElement } from '../ui/BorderAtlasElement.ts';

export { BorderAtlasElement };

if (!customElements.get('border-atlas')) customElements.define('border-atlas', BorderAtlasElement);
