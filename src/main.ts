import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import './ui/styles.css';
import './ui/page.css';
import { startApp } from './app/startApp.ts';

const root = document.getElementById('app');
if (!root) throw new Error('index.html: expected an element with id "app", found none');
startApp(root, window);
