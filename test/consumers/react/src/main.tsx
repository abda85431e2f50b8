// React 19 passes properties and custom events to custom elements: the tags with `rolefit/jsx` are typed.
import 'rolefit/define';
import type {} from 'rolefit/jsx';
import type { MatchResult } from 'rolefit';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [result, setResult] = useState<MatchResult | null>(null);
  return (
    <main>
      <rolefit-matcher layout="steps" onrolefit-match={(event) => setResult(event.detail)} />
      <output id="top">{result?.top ?? ''}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
