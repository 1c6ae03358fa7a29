/** The assessment feature's public face: its query keys and the rectification countdown. */
export { assessmentKeys } from './api';
export { RectificationCountdown, RectificationFlags } from './components/RectificationCountdown';
