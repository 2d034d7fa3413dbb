// The bundle's namespace as Fonctions.js sees it (declared by `var __jauge = …` in Code.js).
declare const __jauge: typeof import('../serveur/index');
