/** A consumer of the library on the module path, as a modular application would be. */
module com.example.consumer {
  requires org.dangjian.core;
  requires org.dangjian.rules;
  requires org.dangjian.scoring;

  exports com.example.consumer;
}
