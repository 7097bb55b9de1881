"""saidwhat on Apache Spark: the same analysis over many files, written as Parquet.

``job.run_job`` is the Spark job (``saidwhat spark`` and ``spark-submit job.py`` run
it); ``tables`` turns an ``Article`` into the rows of the output tables; ``io`` reads
the output back into ``Article``s with pyarrow alone (no Spark needed).
"""
