import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import * as ElementPlusIcons from '@element-plus/icons-vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import './styles.css'

const app = createApp(App)
for (const [name, component] of Object.entries(ElementPlusIcons)) app.component(name, component)
app.use(createPinia()).use(createAppI18n()).use(createAppRouter()).use(ElementPlus).mount('#app')
