//! How easy a page is to read: the Flesch reading ease, sentence lengths and passive voice.
//!
//! The syllable count is the usual vowel-group heuristic for English, which is close enough to
//! compare pages and to catch long words and long sentences.

/// Plain-English measures of a page's prose.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Readability {
    /// Words counted across all sentences.
    pub words: usize,
    /// Sentences counted: the text is split at full stops, question and exclamation marks,
    /// colons, semicolons and line breaks.
    pub sentences: usize,
    /// Estimated syllables across all words (see `count_syllables`).
    pub syllables: usize,
    /// Flesch reading ease: 60 to 70 is plain English; higher is easier.
    pub reading_ease: f64,
    /// The longest sentence's length, in words.
    pub longest_sentence: usize,
    /// Phrases like "is treated" or "was given", a rough count of the passive voice.
    pub passive: usize,
}

impl Readability {
    /// The average sentence length in words; 0 when there are no sentences.
    pub fn words_per_sentence(&self) -> f64 {
        self.words as f64 / self.sentences.max(1) as f64
    }
}

/// Measures `prose`, in which each block (paragraph, list item) is on its own line.
pub fn measure(prose: &str) -> Readability {
    let mut words = 0;
    let mut sentences = 0;
    let mut syllables = 0;
    let mut longest_sentence = 0;
    let mut passive = 0;
    for sentence in prose
        .split(['\n', '.', '!', '?', ';', ':'])
        .map(str::trim)
        .filter(|sentence| sentence.chars().any(char::is_alphabetic))
    {
        let sentence_words: Vec<String> = sentence
            .split(|c: char| c.is_whitespace() || c == '/' || c == '(' || c == ')')
            .map(|word| {
                word.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|word| word.chars().any(char::is_alphabetic))
            .collect();
        if sentence_words.is_empty() {
            continue;
        }
        sentences += 1;
        words += sentence_words.len();
        longest_sentence = longest_sentence.max(sentence_words.len());
        syllables += sentence_words
            .iter()
            .map(|word| count_syllables(word))
            .sum::<usize>();
        passive += sentence_words
            .windows(2)
            .filter(|pair| is_be(&pair[0]) && looks_like_participle(&pair[1]))
            .count();
    }
    let reading_ease = if words == 0 {
        100.0
    } else {
        206.835
            - 1.015 * (words as f64 / sentences as f64)
            - 84.6 * (syllables as f64 / words as f64)
    };
    Readability {
        words,
        sentences,
        syllables,
        reading_ease,
        longest_sentence,
        passive,
    }
}

fn is_be(word: &str) -> bool {
    matches!(
        word,
        "am" | "is" | "are" | "was" | "were" | "be" | "been" | "being"
    )
}

fn looks_like_participle(word: &str) -> bool {
    const NOT_PARTICIPLES: [&str; 8] =
        ["need", "red", "bed", "seen", "often", "open", "even", "ten"];
    word.len() > 3
        && (word.ends_with("ed") || word.ends_with("en"))
        && !NOT_PARTICIPLES.contains(&word)
}

/// Vowel groups, less a silent final "e", at least one per word. Digits count as one.
pub fn count_syllables(word: &str) -> usize {
    let letters: Vec<char> = word.chars().filter(char::is_ascii_alphabetic).collect();
    if letters.is_empty() {
        return 1;
    }
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut previous_vowel = false;
    for &c in &letters {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = vowel;
    }
    let n = letters.len();
    let silent_e = n > 2
        && letters[n - 1] == 'e'
        && !is_vowel(letters[n - 2])
        // "-le" after a consonant is a syllable of its own ("ta-ble").
        && (letters[n - 2] != 'l' || is_vowel(letters[n - 3]));
    if silent_e && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables_of_common_words() {
        for (word, expected) in [
            ("cat", 1),
            ("take", 1),
            ("table", 2),
            ("pharmacy", 3),
            ("paracetamol", 5),
            ("the", 1),
            ("eye", 1),
            ("treatment", 2),
            ("999", 1),
        ] {
            assert_eq!(count_syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn short_plain_sentences_score_high_and_long_ones_low() {
        let plain = measure("Drink plenty of water.\nRest at home.\nTake paracetamol if it hurts.");
        assert_eq!(plain.sentences, 3);
        assert_eq!(plain.words, 12);
        assert!(plain.reading_ease > 70.0, "{plain:?}");

        let dense = measure("Pharmacological intervention is recommended for individuals experiencing persistent symptomatology notwithstanding conservative management strategies.");
        assert_eq!(dense.sentences, 1);
        assert!(dense.reading_ease < 10.0, "{dense:?}");
        assert_eq!(dense.longest_sentence, 13);
        assert_eq!(dense.passive, 1, "is recommended");
    }

    #[test]
    fn counts_passive_phrases() {
        let text = measure(
            "You are treated by a nurse. The tablets were given. You are ready. It is open.",
        );
        assert_eq!(text.passive, 2);
    }

    #[test]
    fn empty_text_is_trivially_easy() {
        assert_eq!(measure("").reading_ease, 100.0);
    }
}
