package dev.fixturebench.cli;

import dev.fixturebench.discovery.Shard;

import picocli.CommandLine;

/** Reads {@code --shard=I/N}; anything else is bad usage that says what is expected. */
final class ShardConverter implements CommandLine.ITypeConverter<Shard> {

    @Override
    public Shard convert(String value) {
        try {
            return Shard.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
