// Applies the saved or system theme before the app renders, so there is no flash of the wrong theme. The preferences
// are stored under one key (version 1); an earlier version kept the theme under its own.
(function () {
  try {
    var saved = null;
    var prefs = localStorage.getItem('ra:prefs');
    if (prefs !== null) saved = (JSON.parse(prefs).state || {}).theme || null;
    else saved = localStorage.getItem('ra:theme');
    var dark = saved === 'dark' || (saved !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.classList.toggle('dark', dark);
  } catch (e) {
    /* storage blocked or unreadable: keep the light default */
  }
})();
