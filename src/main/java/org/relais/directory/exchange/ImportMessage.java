package org.relais.directory.exchange;

import java.util.List;

/** A reason or a warning about a record: a message key of the directory bundle and its arguments. */
public record ImportMessage(String key, List<String> args) {

	public ImportMessage {
		args = args == null ? List.of() : List.copyOf(args);
	}

	public static ImportMessage of(String key, Object... args) {
		return new ImportMessage(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

	public Object[] argsArray() {
		return args.toArray();
	}

}
