// esbuild bundles the sidebar's stylesheet; the build inlines it into Sidebar.html.
declare module '*.css';
