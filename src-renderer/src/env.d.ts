// For tools that read TypeScript without vue-tsc (ESLint's type information); vue-tsc reads the real SFCs.
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent
  export default component
}
