/// <reference types="vite/client" />

// Vite’s ambient types for the web app: CSS Modules (`import styles from './X.module.css'`) and assets.
