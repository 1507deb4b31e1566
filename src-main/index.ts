// Electron entry: lifecycle only. The application is the core; see src-main/core/app.ts.
import * as electron from 'electron'
import { startElectronApp } from './electron/lifecycle'

startElectronApp(electron, { mainDir: __dirname, argv: process.argv, env: process.env })
