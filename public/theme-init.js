// Applies the saved or system theme before the app renders, so there is no flash of the wrong theme.
(function () {
  try {
    var saved = localStorage.getItem('ra:theme');
    var dark = saved === 'dark' || ((saved === null || saved === 'system') && matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.classList.toggle('dark', dark);
  } catch (e) {
    /* storage blocked: keep the light default */
  }
})();
