import './styles/app.css';
import { startApp } from './app';
import { safeStorage } from './ui/safe-storage';
import { initLanguage, onLanguageChange, t } from './i18n';

function applyLanguage(lang: string): void {
  // The page's language follows the switch: screen readers pick their voice (and browsers their
  // fonts and hyphenation) from it; text in the other language is marked where it is rendered.
  document.documentElement.lang = lang;
  document.title = t('app.title');
}
applyLanguage(initLanguage(safeStorage()));
onLanguageChange(applyLanguage);

const root = document.getElementById('app');
if (root) {
  startApp(root).catch((err: unknown) => {
    console.error(err);
    root.textContent = String(err);
  });
}
