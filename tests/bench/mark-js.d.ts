/** The part of mark.js 8.11 the benchmark uses (the package ships no types). */
declare module 'mark.js' {
  interface MarkOptions {
    separateWordSearch?: boolean;
    accuracy?: 'partially' | 'complementary' | 'exactly';
    diacritics?: boolean;
    caseSensitive?: boolean;
    exclude?: string[];
    className?: string;
    each?: (element: Element) => void;
    done?: (marks: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Document);
    mark(keywords: string | string[], options?: MarkOptions): void;
    unmark(options?: { done?: () => void }): void;
  }
}
