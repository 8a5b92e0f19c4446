// The script of a page written by `khabar --html`: the view's interactions, on the page's one view.
import { installInteractions } from './interact';

installInteractions(document.getElementById('k-root')!);
