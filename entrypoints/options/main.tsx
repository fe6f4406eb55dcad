import { render } from 'preact';
import { loadDisplay, saveDisplay } from '../../src/prefs';
import { Options, type OptionsApi } from '../../src/ui/options/Options';

const api: OptionsApi = { load: loadDisplay, save: saveDisplay };

render(<Options api={api} />, document.getElementById('app') as HTMLElement);
