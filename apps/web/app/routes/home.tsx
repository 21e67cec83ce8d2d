import { redirect } from 'react-router';

/** Until a user is signed in there is nothing to show but the sign-in page. */
export function loader() {
  return redirect('/sign-in');
}
