import './styles/app.css';
import { startApp } from './app';
import { safeStorage } from './ui/safe-storage';
import { initLanguage, t } from './i18n';

const lang = initLanguage(safeStorage());
document.documentElement.lang = lang;
document.title = t('app.title');

const root = document.getElementById('app');
if (root) {
  startApp(root).catch((err: unknown) => {
    console.error(err);
    root.textContent = String(err);
  });
}
