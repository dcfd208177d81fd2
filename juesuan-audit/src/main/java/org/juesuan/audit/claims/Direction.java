package org.juesuan.audit.claims;

import java.util.List;
import java.util.Optional;

/**
 * The direction a change is stated in (增减方向): the words 增加, 增长, 上升, 提高 for an increase, 减少, 下降, 降低 for a
 * decrease, and 持平 for no change.
 */
public enum Direction {
    /** 增加、增长、上升、提高. */
    INCREASE(1, List.of("增加", "增长", "上升", "提高")),
    /** 减少、下降、降低. */
    DECREASE(-1, List.of("减少", "下降", "降低")),
    /** 持平. */
    FLAT(0, List.of("持平"));

    /** The regular expression of every direction word, longest first. */
    static final String WORDS = "增加|增长|上升|提高|减少|下降|降低|持平";

    /** The regular expression of the words of an increase or a decrease. */
    static final String CHANGE_WORDS = "增加|增长|上升|提高|减少|下降|降低";

    private final int sign;
    private final List<String> words;

    Direction(int sign, List<String> words) {
        this.sign = sign;
        this.words = words;
    }

    /** Returns 1 for an increase, -1 for a decrease, 0 for 持平. */
    public int sign() {
        return sign;
    }

    /** Returns the words that state this direction. */
    public List<String> words() {
        return words;
    }

    /** Returns the direction a word states, if it is a direction word. */
    public static Optional<Direction> ofWord(String word) {
        for (Direction direction : values()) {
            if (direction.words.contains(word)) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }
}
