const app = document.getElementById('app');
if (app) app.textContent = '漳州市2023年计划情景模拟';
