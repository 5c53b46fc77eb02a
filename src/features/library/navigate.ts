/** Goes to another area of the app through the hash route (features do not import the app shell). */
export function navigate(route: string): void {
  window.location.hash = `#/${route}`;
}
