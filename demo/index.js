import { wireCopyButtons } from './copy-button.js';

wireCopyButtons();
