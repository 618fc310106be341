//! Sorting the short lists the app sorts in the browser: the problems that match what was
//! typed, the places an outcome lists and the reasons behind a rule. The standard library's
//! stable sort adds about 4 KB of WebAssembly for each type it sorts, which is more than these
//! lists, of at most a few hundred items, are worth; an insertion sort needs a few hundred bytes.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping items that compare equal in the order they came: the
/// standard library's `sort_by`, in quadratic time, for lists of a few hundred items at most.
pub fn sort_short_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for sorted in 1..items.len() {
        let mut at = sorted;
        while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_sorts_as_the_standard_stable_sort_does() {
        // Pairs sorted by their first half only, so the second half shows whether ties keep
        // their order; every length up to 9 over a small alphabet, so ties are common.
        for length in 0..10_u32 {
            let items: Vec<(u32, u32)> = (0..length).map(|i| ((i * 7 + 3) % 4, i)).collect();
            let mut ours = items.clone();
            let mut standard = items.clone();
            sort_short_by(&mut ours, |a, b| a.0.cmp(&b.0));
            standard.sort_by_key(|a| a.0);
            assert_eq!(ours, standard, "{items:?}");
            let mut reversed = items.clone();
            let mut standard_reversed = items;
            sort_short_by(&mut reversed, |a, b| b.0.cmp(&a.0));
            standard_reversed.sort_by_key(|b| std::cmp::Reverse(b.0));
            assert_eq!(reversed, standard_reversed);
        }
    }
}
