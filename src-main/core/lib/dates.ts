// The calendar arithmetic lives in shared/ (the renderer shows the same due dates); the core imports it from here.
export * from '../../shared/dates'
