/**
 * Module boundaries (issue 9): a business module uses another only through that module's
 * index.ts, and modules form no cycle. `npm run lint` runs this.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'module-internals',
      severity: 'error',
      comment:
        "A module reaches another module only through its index.ts, never its tables (schema.ts) or other files: export what you need from the owner's index.ts.",
      from: { path: '^src/server/modules/([^/]+)/' },
      to: {
        path: '^src/server/modules/[^/]+/',
        pathNot: ['^src/server/modules/$1/', '^src/server/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'kernel-foundation',
      severity: 'error',
      comment:
        "The lifecycle and review-case kernels are foundation: every module may use them, and they use a module (audit) only through its index.ts, never a module's tables or other files.",
      from: { path: '^src/server/(lifecycle|review)/' },
      to: {
        path: '^src/server/modules/[^/]+/',
        pathNot: '^src/server/modules/[^/]+/index\\.ts$',
      },
    },
    {
      name: 'module-cycle',
      severity: 'error',
      comment:
        'Modules form no cycle: when two modules need each other, the lower one offers a hook in its manifest (e.g. payment subjects) instead of importing the higher one.',
      from: { path: '^src/server/modules/([^/]+)/' },
      to: {
        circular: true,
        // A cycle that leaves the module; one made only of runtime imports (a type shared
        // through a foundation file such as app-types.ts, which names every module's deps,
        // does not tie modules' code together).
        via: { pathNot: '^src/server/modules/$1/' },
        viaOnly: { dependencyTypesNot: ['type-only'] },
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/server/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
